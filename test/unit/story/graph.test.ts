import { describe, expect, it } from 'vitest';
import { dotString, mermaidText, toDot, toMermaid } from '../../../src/story';
import { exampleStory } from '../../fixtures/example-story';
import { reactiveStory } from '../../fixtures/reactive-story';
import { choice, ending, passage, story } from './helpers';

const tricky = story([
  passage('start', [
    choice('quote', 'end', { label: 'Say "yes" \\ then | leave <b>#1</b> & `go`' }),
    choice('locked', 'gone', { label: 'Try', when: { var: 'x', op: '==', value: true } }),
    choice('blank', 'end', { label: '' }),
  ]),
  ending('end', { title: 'Line one\nline two' }),
]);

describe('toDot', () => {
  const dot = toDot(exampleStory);

  it('draws chapters as clusters holding their passages', () => {
    expect(dot).toMatch(/^digraph "example" \{/);
    expect(dot).toContain('subgraph "cluster_0_offer" {\n    label="1. The Offer";');
    expect(dot).toContain('subgraph "cluster_1_case" {\n    label="2. The Case";');
    const caseCluster = dot.slice(dot.indexOf('cluster_1_case'));
    expect(caseCluster.slice(0, caseCluster.indexOf('  }'))).toContain('"case-ran" [');
  });

  it('marks endings with their own shape and the verdict', () => {
    expect(dot).toMatch(/"case-ran" \[label="case-ran\\nDeparture record\\nENDING: ABSCONDED", shape=doubleoctagon/);
    expect(dot).not.toMatch(/"offer-meeting" \[[^\]]*doubleoctagon/);
  });

  it('labels edges with the choice label and dashes conditional ones', () => {
    expect(dot).toContain('"offer-letter" -> "offer-meeting" [label="Take the work"];');
    expect(dot).toContain('"offer-meeting" -> "case-ran" [label="Take the money and run", style=dashed];');
  });

  it('escapes quotes, backslashes and line breaks, and shows missing targets', () => {
    const text = toDot(tricky);
    expect(text).toContain('[label="Say \\"yes\\" \\\\ then | leave <b>#1</b> & `go`"];');
    expect(text).toContain('label="end\\nLine one\\nline two\\nENDING: CLOSED"');
    expect(text).toContain('"gone" [label="missing: gone", shape=box, style=dashed, color=red];');
    expect(dotString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
  });
});

describe('toMermaid', () => {
  const mermaid = toMermaid(exampleStory);

  it('draws chapters as subgraphs and endings as stadium nodes with a class', () => {
    expect(mermaid).toMatch(/^flowchart TD\n {2}subgraph c0 \["1\. The Offer"\]/);
    expect(mermaid).toContain('subgraph c1 ["2. The Case"]');
    expect(mermaid).toMatch(/p\d+\(\["case-ran<br\/>Departure record<br\/>ENDING: ABSCONDED"\]\)/);
    expect(mermaid).toMatch(/class (p\d+,){3}p\d+ ending/);
  });

  it('labels edges and dashes conditional ones', () => {
    expect(mermaid).toContain('p0 -->|"Take the work"| p1');
    expect(mermaid).toMatch(/p1 -\.->\|"Take the money and run"\| p\d+/);
  });

  it('escapes what Mermaid would read as syntax or HTML', () => {
    const text = toMermaid(tricky);
    expect(text).toContain('-->|"Say #quot;yes#quot; \\ then #124; leave #lt;b#gt;#35;1#lt;/b#gt; #38; #96;go#96;"|');
    expect(text).toContain('"end<br/>Line one line two<br/>ENDING: CLOSED"');
    expect(text).toMatch(/p\d+\["missing: gone"\]/);
    expect(text).toMatch(/class p\d+ missing/);
    expect(text).toMatch(/ p0 --> p\d+\n/); // Mermaid refuses an empty quoted label
    expect(mermaidText('#quot;')).toBe('#35;quot;');
  });
});

describe('conditional labels in the graph', () => {
  it('shows a label that varies as written, its alternatives side by side', () => {
    expect(toDot(reactiveStory)).toContain(
      '"evening" -> "closed" [label="{Give Cho the envelope / Tell Cho about the offer}"',
    );
    expect(toMermaid(reactiveStory)).toContain('Give Cho the envelope / Tell Cho about the offer');
  });
});
