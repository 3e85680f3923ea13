import type { Corpus } from '../../core/schema/corpus';
import { NotBuiltYet } from '../../ui/NotBuiltYet';

export default function DiffView(_props: { corpus: Corpus }) {
  return <NotBuiltYet title="Article diff" what="It will show two articles side by side, aligned by sentence." />;
}
