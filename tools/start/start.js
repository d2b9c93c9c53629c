// The start screen painted by index.html (tools/start/startScreen.ts), before the app's scripts
// arrive: shows it in the visitor's language (?lang=, else the one this browser remembers, else
// the default), lets the language buttons switch it (and writes ?lang= for the app to follow),
// and moves the progress bar as the page's scripts arrive (the first half; the app does the rest).
;(function () {
  var root = document.getElementById('vm-start-static')
  if (!root) return
  var variants = Array.prototype.slice.call(root.querySelectorAll('[data-start-lang]'))
  var offered = variants.map(function (v) { return v.getAttribute('data-start-lang') })
  var codeOf = function (lang) { return lang === 'zh-Hans' ? 'zh' : lang }
  function pick() {
    var asked = new URLSearchParams(location.search).get('lang')
    if (asked && offered.indexOf(asked) >= 0) return asked
    try {
      var stored = JSON.parse(localStorage.getItem('gallery-settings') || 'null')
      var remembered = stored && stored.state && stored.state.language
      if (remembered && offered.indexOf(remembered) >= 0) return remembered
    } catch (e) {
      // Storage refused (a private window): the default language.
    }
    return root.getAttribute('data-default-lang')
  }
  function show(code) {
    variants.forEach(function (v) { v.hidden = v.getAttribute('data-start-lang') !== code })
    document.documentElement.lang = code === 'zh' ? 'zh-Hans' : code
  }
  show(pick())
  root.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[role=group] button[lang]')
    if (!button) return
    var code = codeOf(button.getAttribute('lang'))
    if (offered.indexOf(code) < 0) return
    show(code)
    var url = new URL(location.href)
    url.searchParams.set('lang', code)
    history.replaceState(history.state, '', url.href)
  })
  var wanted = Array.prototype.slice
    .call(document.querySelectorAll('link[rel=modulepreload], script[type=module][src]'))
    .map(function (el) { return el.href || el.src })
  if (!wanted.length || typeof PerformanceObserver === 'undefined') return
  var arrived = {}
  var observer = new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) { if (wanted.indexOf(entry.name) >= 0) arrived[entry.name] = true })
    var share = Object.keys(arrived).length / wanted.length
    root.querySelectorAll('[data-part=start-progress]').forEach(function (bar) { bar.style.transform = 'scaleX(' + (share / 2).toFixed(3) + ')' })
    if (!root.isConnected || share >= 1) observer.disconnect()
  })
  observer.observe({ type: 'resource', buffered: true })
})()
