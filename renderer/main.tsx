import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { selectHost } from './host/select-host';
import 'prosemirror-view/style/prosemirror.css';
import './styles/app.css';
import './styles/source-text.css';
import './styles/claims.css';
import './styles/compare.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App host={selectHost()} />
  </StrictMode>,
);
