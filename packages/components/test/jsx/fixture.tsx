// Type-checked by `npm run typecheck`: what a React 19 user of the elements may and may not write.
import type {} from '../../src/jsx.js';
import '../../src/index.js';
import { useRef } from 'react';
import type { AlimaStatCard } from '../../src/index.js';

/** Every registered `alima-` tag has JSX typings. */
type Untyped = Exclude<
  Extract<keyof HTMLElementTagNameMap, `alima-${string}`>,
  keyof React.JSX.IntrinsicElements
>;
export const everyTagTyped: [Untyped] extends [never] ? true : Untyped = true;

export function KeyFigures() {
  const card = useRef<AlimaStatCard>(null);
  return (
    <alima-stat-group headingLevel={3} className="figures">
      <alima-stat-card ref={card} value={20250000} notation="compact" label="inhabitants" footnote="wb2020" />
      <alima-stat-card value="1 in 5" source="ALIMA 2020" variant="own">
        <span slot="label">children</span>
      </alima-stat-card>
      {/* @ts-expect-error -- not a variant */}
      <alima-stat-card value={1} variant="ours" />
      {/* @ts-expect-error -- not a notation */}
      <alima-stat-card value={1} notation="short" />
      {/* @ts-expect-error -- unsourced is set by the card, not by authors */}
      <alima-stat-card value={1} unsourced />
      <alima-photo-credit photographer="Nana Kofi Acquah" placement="overlay">
        <img src="mali.jpg" alt="A nurse measures a child’s arm" />
      </alima-photo-credit>
      {/* @ts-expect-error -- not a placement */}
      <alima-photo-credit placement="left" />
      <alima-footnotes headingLevel={2}>
        <alima-footnote id="wb2020" source="World Bank" year="2020" />
      </alima-footnotes>
      <alima-donate-button
        href="/donate"
        amount={30}
        onalima-donate={(event) => {
          event.detail satisfies object;
        }}
      />
    </alima-stat-group>
  );
}
