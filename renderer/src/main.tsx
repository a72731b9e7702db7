import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<div>教务通</div>);
