import { GridComponent } from 'echarts/components';
import { echarts } from '../echarts';

echarts.use([GridComponent]);
