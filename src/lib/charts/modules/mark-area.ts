import { MarkAreaComponent } from 'echarts/components';
import { echarts } from '../echarts';

echarts.use([MarkAreaComponent]);
