/** The path the report alleges, from the story start to the `both-arrested` ending, as choice ids. */
import { ALLEGED_ROUTE_PART_ONE } from './routes/part-one';
import { ALLEGED_ROUTE_PART_TWO } from './routes/part-two';

export const ALLEGED_ROUTE: readonly string[] = [...ALLEGED_ROUTE_PART_ONE, ...ALLEGED_ROUTE_PART_TWO];
