import type { Corpus } from '../../core/schema/corpus';
import { NotBuiltYet } from '../../ui/NotBuiltYet';

export default function OverviewView(_props: { corpus: Corpus }) {
  return <NotBuiltYet title="Overview" what="It will list the sources, dates and lengths." />;
}
