// Applies the chosen theme before the first paint, so no screen flashes in the wrong theme.
(function () {
  var chosen = localStorage.getItem('autocrm.theme');
  var dark = chosen ? chosen === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.classList.toggle('dark', dark);
})();
