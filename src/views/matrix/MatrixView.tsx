import type { Corpus } from '../../core/schema/corpus';
import { NotBuiltYet } from '../../ui/NotBuiltYet';

export default function MatrixView(_props: { corpus: Corpus }) {
  return (
    <NotBuiltYet
      title="Source-comparison matrix"
      what="It will show facts, reactions, quotes and entities as rows and sources as columns."
    />
  );
}
