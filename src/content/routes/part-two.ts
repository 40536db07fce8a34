/**
 * The alleged path through part two (chapters 5-8), as choice ids: from `training-safehouse` to the
 * `both-arrested` ending, citing F9..F13 in order along the way.
 */
export const ALLEGED_ROUTE_PART_TWO: readonly string[] = [
  // Chapter 5, Training: the course (F9), the tasking to go home and gather information (F9).
  'training-take-the-course',
  'training-drill-until-automatic',
  'training-carry-the-phone',
  'training-name-the-followers',
  'training-accept-tasking',
  'training-board',
  // Chapter 6, The Return: home, and gathering information inside his own institution (F9).
  'return-report-for-duty',
  'return-say-it-was-dull',
  'return-photograph-pages',
  'return-send-everything',
  'return-leave-it-abroad',
  'return-buy-noodles',
  'return-keep-going',
  // Chapter 7, Cho: pressed again and again, double the money (F10); reluctance, then both agree (F11).
  'cho-refuse-first',
  'cho-refuse-again',
  'cho-give-in',
  'cho-tell-everything',
  'cho-give-her-time',
  'cho-she-agrees',
  'cho-own-channel',
  'cho-open-her-account',
  // Chapter 8, The Case: the case opened (F12), the public appeal (F13), the arrest and the statement (F12, F13).
  'case-carry-on',
  'case-keep-appointment',
  'case-close-the-app',
  'case-sit-down',
  'case-tell-everything',
];
