// Starts the Portkey gateway bound to 127.0.0.1 only (its start script listens on every interface).
import net from 'node:net';
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number') args.splice(1, 0, '127.0.0.1');
  else if (args[0] && typeof args[0] === 'object') args[0] = { ...args[0], host: '127.0.0.1' };
  return listen.apply(this, args);
};
await import(process.env.PORTKEY_START);
