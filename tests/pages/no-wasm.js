// Makes this page a browser without WebAssembly (old or locked-down): loaded before the widget.
delete window.WebAssembly;
