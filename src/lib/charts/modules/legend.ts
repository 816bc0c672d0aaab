import { LegendComponent } from 'echarts/components';
import { echarts } from '../echarts';

echarts.use([LegendComponent]);
