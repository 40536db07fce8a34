/**
 * The alleged path through part one (chapters 1-4), as choice ids: from the story start to
 * arriving at `training-safehouse`, citing F1..F8 in order along the way.
 */
export const ALLEGED_ROUTE_PART_ONE: readonly string[] = [
  // Chapter 1, The Exchange: the application (F1), its quick approval (F2), the journey.
  'describe-post-fully',
  'accept-the-place',
  'leave-the-card',
  'pack-clean',
  'accept-the-lift',
  'let-him-pay',
  // Chapter 2, Dinners and Tours: the dinners and the tour (F3), the desire for money (F4).
  'accept-invitation',
  'talk-about-work',
  'show-the-envy',
  'take-the-envelope',
  'read-on',
  'tell-cho-about-dinners',
  'after-new-year',
  // Chapter 3, Consulting: the former student (F5), open research then internal matters (F6), doubts (F7).
  'agree-to-meet',
  'accept-the-rate',
  'keep-nothing',
  'write-the-paper',
  'bank-the-fees',
  'keep-consulting',
  'keep-it-in-london',
  'call-it-a-stipend',
  // Chapter 4, The Offer: the approach, money and security guarantees (F8), the answer.
  'hear-them-out',
  'ask-about-the-guarantee',
  'take-the-number',
  'agree-for-the-money',
];
