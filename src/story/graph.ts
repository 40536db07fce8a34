/**
 * A picture of the whole story: Graphviz DOT and Mermaid flowcharts. Chapters are clusters,
 * endings have their own shape, each edge carries its choice's label, and choices with a
 * condition are dashed. Links to missing passages point at a red "missing" node.
 */
import { describeText } from './text';
import type { Passage, Story } from './types';

interface Layout {
  readonly chapters: readonly { readonly id: string; readonly title: string; readonly passages: readonly Passage[] }[];
  readonly edges: readonly {
    readonly from: string;
    readonly to: string;
    readonly label: string;
    readonly conditional: boolean;
  }[];
  readonly missing: readonly string[];
}

function layout(story: Story): Layout {
  const known = new Set<string>();
  const chapters = story.chapters.map((chapter) => ({
    id: chapter.id,
    title: `${chapter.number}. ${chapter.title}`,
    passages: chapter.passages.filter((passage) => {
      if (known.has(passage.id)) return false;
      known.add(passage.id);
      return true;
    }),
  }));
  const edges: { from: string; to: string; label: string; conditional: boolean }[] = [];
  const missing = new Set<string>();
  for (const chapter of chapters) {
    for (const passage of chapter.passages) {
      for (const choice of passage.choices) {
        if (!known.has(choice.to)) missing.add(choice.to);
        edges.push({
          from: passage.id,
          to: choice.to,
          label: describeText(choice.label),
          conditional: choice.when !== undefined,
        });
      }
    }
  }
  return { chapters, edges, missing: [...missing] };
}

function nodeText(passage: Passage): string[] {
  const lines = [passage.id, passage.title];
  if (passage.ending) lines.push(`ENDING: ${passage.ending.verdict}`);
  return lines;
}

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n. */
export function dotString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

/** Graphviz DOT source for the story. */
export function toDot(story: Story): string {
  const { chapters, edges, missing } = layout(story);
  const out = [
    `digraph ${dotString(story.id)} {`,
    `  label=${dotString(story.title)};`,
    '  labelloc=t;',
    '  rankdir=TB;',
    '  node [shape=box, style=rounded, fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  chapters.forEach((chapter, index) => {
    out.push(`  subgraph ${dotString(`cluster_${index}_${chapter.id}`)} {`);
    out.push(`    label=${dotString(chapter.title)};`);
    for (const passage of chapter.passages) {
      const attributes = [`label=${dotString(nodeText(passage).join('\n'))}`];
      if (passage.ending) attributes.push('shape=doubleoctagon', 'style=filled', 'fillcolor="#f2d7d5"');
      if (passage.id === story.start) attributes.push('penwidth=2');
      out.push(`    ${dotString(passage.id)} [${attributes.join(', ')}];`);
    }
    out.push('  }');
  });
  for (const target of missing) {
    out.push(`  ${dotString(target)} [label=${dotString(`missing: ${target}`)}, shape=box, style=dashed, color=red];`);
  }
  for (const edge of edges) {
    const attributes = [`label=${dotString(edge.label)}`];
    if (edge.conditional) attributes.push('style=dashed');
    out.push(`  ${dotString(edge.from)} -> ${dotString(edge.to)} [${attributes.join(', ')}];`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}

/**
 * Text for inside a Mermaid quoted label. Mermaid reads `#name;` as an entity and labels as
 * HTML, so quotes, `#`, `<`, `>`, `&` and backticks become entity codes.
 */
export function mermaidText(value: string): string {
  return value
    .replace(/#/g, '#35;')
    .replace(/&/g, '#38;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/\|/g, '#124;')
    .replace(/\s+/g, ' ');
}

/** Mermaid flowchart source for the story. Node names are generated (passage ids may clash with keywords). */
export function toMermaid(story: Story): string {
  const { chapters, edges, missing } = layout(story);
  const names = new Map<string, string>();
  const nameOf = (id: string): string => {
    let name = names.get(id);
    if (!name) {
      name = `p${names.size}`;
      names.set(id, name);
    }
    return name;
  };
  const out = ['flowchart TD'];
  const endings: string[] = [];
  chapters.forEach((chapter, index) => {
    out.push(`  subgraph c${index} ["${mermaidText(chapter.title)}"]`);
    for (const passage of chapter.passages) {
      const label = `"${nodeText(passage).map(mermaidText).join('<br/>')}"`;
      const name = nameOf(passage.id);
      if (passage.ending) {
        out.push(`    ${name}([${label}])`);
        endings.push(name);
      } else out.push(`    ${name}[${label}]`);
    }
    out.push('  end');
  });
  const missingNames = missing.map((target) => {
    const name = nameOf(target);
    out.push(`  ${name}["${mermaidText(`missing: ${target}`)}"]`);
    return name;
  });
  for (const edge of edges) {
    const arrow = edge.conditional ? '-.->' : '-->';
    // Mermaid rejects an empty quoted label, so an unlabelled choice gets a bare arrow.
    const label = edge.label.trim() === '' ? '' : `|"${mermaidText(edge.label)}"|`;
    out.push(`  ${nameOf(edge.from)} ${arrow}${label} ${nameOf(edge.to)}`);
  }
  out.push('  classDef ending fill:#f2d7d5,stroke:#922b21,stroke-width:2px');
  out.push('  classDef missing fill:#fff,stroke:#c00,stroke-dasharray:4 2');
  if (endings.length > 0) out.push(`  class ${endings.join(',')} ending`);
  if (missingNames.length > 0) out.push(`  class ${missingNames.join(',')} missing`);
  const start = names.get(story.start);
  if (start) out.push(`  style ${start} stroke-width:3px`);
  return `${out.join('\n')}\n`;
}
