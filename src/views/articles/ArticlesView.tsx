import type { Corpus } from '../../core/schema/corpus';
import { NotBuiltYet } from '../../ui/NotBuiltYet';

export default function ArticlesView(_props: { corpus: Corpus }) {
  return <NotBuiltYet title="Article reader" what="It will show one article with its sentences." />;
}
