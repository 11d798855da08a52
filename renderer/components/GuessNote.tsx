import type { FieldGuess } from '../../shared/model';
import { describeGuess } from '../logic/guesses';

/** "guessed from dateline · 70%"; a weak guess is flagged so the eye stops on it. */
export function GuessNote({ guess, id }: { guess: FieldGuess | undefined; id: string }) {
  if (!guess) return null;
  const { text, needsCheck } = describeGuess(guess);
  return (
    <span id={id} className={`guess ${needsCheck ? 'guess--check' : ''}`} data-testid="metadata-guess">
      {needsCheck && <span className="guess__flag">Please check · </span>}
      {text}
    </span>
  );
}
