/** THE CONSULTANT: the whole case, assembled from one module per chapter. */
import { defineStory } from '../story/define';
import { exchange } from './chapters/01-exchange';
import { dinners } from './chapters/02-dinners';
import { consulting } from './chapters/03-consulting';
import { offer } from './chapters/04-offer';
import { training } from './chapters/05-training';
import { homecoming } from './chapters/06-return';
import { cho } from './chapters/07-cho';
import { theCase } from './chapters/08-case';
import { meta } from './meta';
import { variables } from './variables';

export const story = defineStory({
  id: 'the-consultant',
  title: 'The Consultant',
  version: 1,
  start: 'exchange-application',
  meta,
  variables,
  chapters: [exchange, dinners, consulting, offer, training, homecoming, cho, theCase],
});
