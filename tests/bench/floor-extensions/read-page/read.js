// One query of the page from the isolated world, kept where the garbage collector cannot drop it.
globalThis.floorFound = document.querySelector('input[type=password]');
