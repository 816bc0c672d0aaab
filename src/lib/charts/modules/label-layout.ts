import { LabelLayout } from 'echarts/features';
import { echarts } from '../echarts';

// Labelled points (the chips scatter) hide the labels that would overlap.
echarts.use([LabelLayout]);
