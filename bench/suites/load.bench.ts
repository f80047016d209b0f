import { parseSourceFile } from '../../core/io/source-file';
import { setSha256 } from '../../core/model/hash';
import { installNodeSha256 } from '../../cli/native-hash';
import { medianPairMs, type BenchSuite } from '../suite';

/**
 * Loading (layout + hash) a hard-wrapped 1 MB and 4 MB text: throughput and growth. Both sizes are
 * warmed up and timed interleaved, so the growth is not a JIT warm-up artefact.
 */
const suite: BenchSuite = {
  title: 'source loading',
  run(log) {
    const paragraph =
      'The attack killed at least 143 people and wounded\napproximately 80 others in March.\n';
    const make = (bytes: number) => {
      let text = '';
      while (text.length < bytes) text += `${paragraph}${paragraph}${paragraph}\n`;
      return text;
    };
    const one = make(1_048_576);
    const four = make(4 * 1_048_576);
    for (const hash of ['pure-JS SHA-256', 'native SHA-256 (as the CLI)']) {
      if (hash.startsWith('native')) installNodeSha256();
      const [t1, t4] = medianPairMs(
        () => parseSourceFile({ id: 'a', content: one }),
        () => parseSourceFile({ id: 'b', content: four }),
      );
      log(`${hash}: 1 MB ${t1.toFixed(1)} ms (${(1000 / t1).toFixed(1)} MB/s)`);
      log(
        `${hash}: 4 MB ${t4.toFixed(1)} ms; growth 1->4 MB: x${(t4 / t1).toFixed(2)} (linear = x4; medians of 5)`,
      );
    }
    setSha256(null);
  },
};
export default suite;
