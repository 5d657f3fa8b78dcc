import { render } from 'preact';

render(<p>Outage Context</p>, document.getElementById('app')!);
