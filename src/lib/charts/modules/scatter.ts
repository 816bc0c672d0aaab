import { ScatterChart } from 'echarts/charts';
import { LabelLayout } from 'echarts/features';
import { echarts } from '../echarts';

// Label layout: labelled points (the chips scatter) hide labels that would overlap.
echarts.use([ScatterChart, LabelLayout]);
