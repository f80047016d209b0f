import { findFigures } from './core/quantity/index';
for (const t of ['out of whom 12 to 15 were critically ill', 'cut the toll to 28 from 31', 'Total victims: 35', 'metro to 35']) console.log(t, JSON.stringify(findFigures(t).map(f=>[f.text,f.low,f.high])));
