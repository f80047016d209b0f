import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { parseSourceFile } from '../../core/io/source-file';
import { createProject } from '../../core/model/project';
import type { Claim } from '../../core/model/claim';
import { describe as describeTarget } from '../../core/anchoring';
import { medianMs, type BenchSuite } from '../suite';

/**
 * One decoration update with 5,000 claims on a 1 MB source, against a 60 Hz frame (16.7 ms):
 * the path App takes on every claim edit (place claims on the text, build their marks, hand them
 * to the claims plugin), measured on the editor state alone and with a view rendering into jsdom.
 * jsdom has no layout and this times no regrouping, panel or autosave: the browser suite
 * (browser.bench.ts) measures tag-to-paint in Chromium.
 */
const suite: BenchSuite = {
  title:
    'claim decorations in jsdom (highlight update only; see the browser suite for the real path)',
  async run(log) {
    const dom = new JSDOM('<!doctype html><div id="mount"></div>');
    Object.assign(globalThis, {
      window: dom.window,
      document: dom.window.document,
      navigator: dom.window.navigator,
      getComputedStyle: dom.window.getComputedStyle,
    });
    const { EditorState } = await import('prosemirror-state');
    const { EditorView } = await import('prosemirror-view');
    const { buildSourceDoc } = await import('../../renderer/editor/positions');
    const { claimLayer, highlightsPlugin, setHighlights } =
      await import('../../renderer/editor/highlights-plugin');
    const { placeClaims } = await import('../../renderer/claims/anchored-claims');
    const { claimMarks } = await import('../../renderer/claims/claim-marks');

    const corpus = readFileSync('corpus/003_94a029406cfc69e9.md', 'utf8')
      .split('---')
      .slice(2)
      .join('---');
    let body = '';
    while (body.length < 1_048_576) body += `${corpus}\n\n`;
    const parsed = parseSourceFile({
      id: 'big',
      content: `---\ntitle: Big\nlayout: hard-wrapped\n---\n${body}`,
    });
    if (!parsed.ok) throw new Error(parsed.error);
    const source = parsed.value;
    const now = new Date(0).toISOString();
    const claims: Claim[] = [];
    const step = Math.floor(source.text.length / 5000);
    for (let i = 0; i < 5000; i += 1) {
      const start = i * step;
      const end = Math.min(source.text.length, start + 24);
      claims.push({
        id: `c${i}`,
        type: i % 2 ? 'casualty' : 'count',
        tags: [],
        target: describeTarget(source.text, start, end, source.id, source.contentHash),
        event: '',
        measure: 'deaths',
        value: null,
        attributedTo: '',
        note: '',
        created: now,
        modified: now,
      });
    }
    const project = { ...createProject({ id: 'p', name: 'bench', now }), claims };
    log(
      `source: ${(source.text.length / 1_048_576).toFixed(2)} MB, ${source.blocks.length} blocks; ${claims.length} claims`,
    );

    const map = buildSourceDoc(source);
    let state = EditorState.create({ doc: map.doc, plugins: [highlightsPlugin(claimLayer)] });
    let selected = 0;
    const toHighlights = () => {
      const placed = placeClaims(source, project.claims);
      return claimMarks(placed, `c${(selected += 1) % 5000}`).map((mark) => ({
        id: mark.id,
        from: map.toPos(mark.start),
        to: map.toPos(mark.end),
        attrs: mark.attrs,
      }));
    };
    const place = medianMs(() => placeClaims(source, project.claims), 7);
    const stateOnly = medianMs(() => {
      state = state.apply(setHighlights(state, claimLayer, toHighlights()));
    }, 7);
    log(`place 5,000 claims on the text: ${place.toFixed(2)} ms`);
    log(
      `state update (place + marks + DecorationSet): ${stateOnly.toFixed(2)} ms = ${(stateOnly / 16.7).toFixed(2)} frames`,
    );

    const mount = document.getElementById('mount')!;
    const view = new EditorView(mount, {
      state: EditorState.create({ doc: map.doc, plugins: [highlightsPlugin(claimLayer)] }),
    });
    const withView = medianMs(
      () => view.dispatch(setHighlights(view.state, claimLayer, toHighlights())),
      5,
    );
    log(
      `view update in jsdom (same + DOM redraw of changed nodes): ${withView.toFixed(2)} ms = ${(withView / 16.7).toFixed(2)} frames`,
    );
    view.destroy();
  },
};
export default suite;
