/**
 * Checks a story file off the main thread (upload-check.ts), so that a large or hostile file
 * leaves the page responsive, saying what it is doing as it goes.
 */
import { checkStoryText, type UploadAnswer, type UploadQuestion } from './upload-check';

const answer = (message: UploadAnswer) => postMessage(message);

addEventListener('message', (event: MessageEvent<UploadQuestion>) => {
  answer(checkStoryText(event.data, (stage) => answer({ kind: 'progress', stage })));
});
