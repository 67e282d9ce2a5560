/**
 * Every foreground/background pair of colour tokens the components paint, with
 * the WCAG 2.2 minimum that applies: 4.5:1 for text, 3:1 for large text (24px,
 * or 18.66px bold) and for the boundaries of controls and focus indicators.
 * The contrast test checks each pair in the light and the dark theme, so a
 * component that starts using a new pair adds it here.
 */
export const contrastKinds = { text: 4.5, 'large-text': 3, ui: 3 } as const;
export type ContrastKind = keyof typeof contrastKinds;

export interface ContrastPair {
  /** Token name of the colour in front, as `cssVar()` takes it. */
  readonly fg: `color-${string}`;
  /** Token name of the colour behind. */
  readonly bg: `color-${string}`;
  readonly kind: ContrastKind;
  /** Where the pair appears. */
  readonly usage: string;
}

const onSurfaces = (fg: ContrastPair['fg'], kind: ContrastKind, usage: string): ContrastPair[] => [
  { fg, bg: 'color-surface', kind, usage: `${usage}, on the page` },
  { fg, bg: 'color-surface-raised', kind, usage: `${usage}, in a card` },
];

const statuses = ['info', 'success', 'warning', 'danger'] as const;

export const contrastPairs: readonly ContrastPair[] = [
  ...onSurfaces('color-text', 'text', 'Body text'),
  ...onSurfaces('color-text-muted', 'text', 'Labels, captions and photo captions'),
  ...onSurfaces('color-link', 'text', 'Links and footnote markers'),
  ...onSurfaces('color-link-hover', 'text', 'Hovered links'),
  ...onSurfaces('color-stat-country', 'text', 'Figure of a country stat card'),
  ...onSurfaces('color-stat-own', 'text', 'Figure of an "our figures" stat card'),
  { fg: 'color-on-accent', bg: 'color-accent', kind: 'text', usage: 'Donate button label' },
  { fg: 'color-on-accent', bg: 'color-accent-hover', kind: 'text', usage: 'Hovered donate button label' },
  ...onSurfaces('color-accent', 'ui', 'Donate button boundary'),
  { fg: 'color-accent-text', bg: 'color-surface', kind: 'text', usage: 'Inverted donate button label' },
  {
    fg: 'color-accent-text-hover',
    bg: 'color-surface',
    kind: 'text',
    usage: 'Hovered inverted donate button label',
  },
  ...onSurfaces('color-border-strong', 'ui', 'Boundary of a control'),
  ...onSurfaces('color-focus-ring', 'ui', 'Focus outline, drawn with an offset'),
  {
    fg: 'color-credit-overlay-text',
    bg: 'color-credit-overlay-bg',
    kind: 'text',
    usage: 'Photo credit over the image',
  },
  ...statuses.flatMap((status): ContrastPair[] => [
    ...onSurfaces(`color-${status}`, 'text', `${status} text`),
    {
      fg: `color-${status}`,
      bg: `color-${status}-surface`,
      kind: 'text',
      usage: `${status} text in its notice`,
    },
    {
      fg: 'color-text',
      bg: `color-${status}-surface`,
      kind: 'text',
      usage: `Body text in a ${status} notice`,
    },
  ]),
];
