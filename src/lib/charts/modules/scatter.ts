import { ScatterChart } from 'echarts/charts';
import { echarts } from '../echarts';

echarts.use([ScatterChart]);
