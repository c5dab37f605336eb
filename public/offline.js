/*
 * The offline page's behaviour (public/offline.html); a file of its own so
 * the page also works under a Content-Security-Policy without inline scripts.
 */
;(function () {
  // A retry is a reload: the worker asks the network again and shows this page only if it still fails.
  function reload() {
    location.reload()
  }
  document.getElementById('retry').addEventListener('click', reload)
  window.addEventListener('online', reload)

  // Name and colours from the web app manifest (the service worker keeps a copy for offline use).
  fetch('/manifest.webmanifest', { credentials: 'same-origin' })
    .then(function (response) {
      return response.ok ? response.json() : null
    })
    .then(function (manifest) {
      if (!manifest) return
      var root = document.documentElement.style
      if (manifest.theme_color) {
        root.setProperty('--accent', manifest.theme_color)
        document
          .querySelector('meta[name="theme-color"]')
          .setAttribute('content', manifest.theme_color)
      }
      if (manifest.background_color) root.setProperty('--bg', manifest.background_color)
      if (manifest.name) {
        document.querySelector('[data-portal-name]').textContent = manifest.name
        document.title = 'Du bist offline · ' + manifest.name
      }
    })
    .catch(function () {})
})()
