import type { Corpus } from '../../core/schema/corpus';
import { NotBuiltYet } from '../../ui/NotBuiltYet';

export default function ReactionsView(_props: { corpus: Corpus }) {
  return <NotBuiltYet title="Reactions map" what="It will show who reacted, by country, coloured by stance." />;
}
