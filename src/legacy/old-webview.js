/*
 * Runs before the bundle, in ES5 that every webview parses. In Internet Explorer 11 (Trident), which
 * React and Fluent UI no longer support and where the bundle does not even parse, it shows what to
 * do instead of a pane that stays on "正在加载…" forever; on the ribbon page it answers the 一键计算
 * button with the same words. Microsoft's advice: detect Trident early and fail gracefully
 * (learn.microsoft.com, "Support older Microsoft webviews and Office versions"; "Browsers and
 * webview controls used by Office Add-ins": volume-licensed Office 2019 always uses Trident, retail
 * Office 2019 and older Microsoft 365 builds without WebView2 use EdgeHTML or Trident).
 */
(function () {
  'use strict';
  var ua = (window.navigator && window.navigator.userAgent) || '';
  var trident = Boolean(document.documentMode) || ua.indexOf('Trident/') !== -1 || ua.indexOf('MSIE ') !== -1;
  if (!trident) return;

  var ZH =
    '考评助手无法在此版本的 Office 中运行：这里的加载项由 Internet Explorer 11 显示，它已不受支持。' +
    '请任选一种办法：在 Excel 网页版中打开本工作簿；或升级到 Office 2021 及以上版本、Microsoft 365；' +
    '若是 Office 2019 零售版或 Microsoft 365，也可以安装微软免费的“Microsoft Edge WebView2 运行时”，然后重新打开 Excel。';
  var EN =
    'Kaoping cannot run in this version of Office: it shows add-ins with Internet Explorer 11, which is no longer supported. ' +
    'Either open this workbook in Excel on the web, or update to Office 2021 or later or Microsoft 365; ' +
    'with retail Office 2019 or Microsoft 365 you can instead install the free Microsoft Edge WebView2 Runtime from Microsoft, then reopen Excel.';

  window.kaopingOldWebview = { zh: ZH, en: EN };

  function show() {
    var container = document.getElementById('container');
    if (!container) return;
    container.innerHTML = '';
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.style.padding = '16px';
    box.style.fontSize = '14px';
    box.style.lineHeight = '1.6';
    var zh = document.createElement('p');
    zh.lang = 'zh-CN';
    zh.appendChild(document.createTextNode(ZH));
    var en = document.createElement('p');
    en.lang = 'en';
    en.appendChild(document.createTextNode(EN));
    box.appendChild(zh);
    box.appendChild(en);
    container.appendChild(box);
  }

  // The ribbon's 一键计算 (FunctionName "recalc"): the bundle that would define it cannot load here.
  window.recalc = function (event) {
    var done = function () {
      if (event && event.completed) event.completed();
    };
    try {
      var url = window.location.href.replace(/[^/?#]*([?#].*)?$/, '') + 'dialog.html?m=' + encodeURIComponent(ZH + '\n\n' + EN);
      window.Office.context.ui.displayDialogAsync(url, { height: 40, width: 40, displayInIframe: true }, done);
    } catch (e) {
      if (window.console) window.console.error('Kaoping could not open its message dialog: ' + e + '. The message: ' + EN);
      done();
    }
  };
  if (window.Office && window.Office.onReady) window.Office.onReady(function () {});

  // The script tag stands after #container, so the pane's container is there already.
  show();
})();
