// The iframe mode as docs/embedding.md gives it, with rapport on another origin than this page (localhost for
// 127.0.0.1, the same server): the frame's address and iframe.js carry this server's port, known only here.
const rapport = `http://localhost:${location.port}`;
const frame = document.querySelector('#frame');
frame.src = `${rapport}/embed.html?instrument=checkin&perspective=client&event-scores=on&coach=Ana`;
const loader = document.createElement('script');
loader.type = 'module';
loader.src = `${rapport}/v1/iframe.js`;
document.head.append(loader);
