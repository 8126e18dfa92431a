// Puts rapport in a frame the size of a phone's screen (?width=360&height=740&src=/): WebKitGTK's MiniBrowser
// window cannot be narrower than its toolbar (447 px), and a frame's media queries and overflow follow its own
// width, as a phone's viewport does.
const params = new URLSearchParams(location.search);
const frame = document.querySelector('#phone');
frame.width = params.get('width') || '360';
frame.height = params.get('height') || '740';
frame.src = params.get('src') || '/';
