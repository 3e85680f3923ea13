import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { useState } from 'react';
import { Shell } from './Shell';

export function App() {
  const [client] = useState(() => new QueryClient());
  return (
    <NuqsAdapter>
      <QueryClientProvider client={client}>
        <Shell />
      </QueryClientProvider>
    </NuqsAdapter>
  );
}
