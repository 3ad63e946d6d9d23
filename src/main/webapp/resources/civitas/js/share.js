/*
 * Civitas share controls: everything works without this script (plain links through /s/). Where the browser allows,
 * it adds the device's share sheet (Web Share API), copies links to the clipboard instead of showing them, and
 * remembers the Mastodon instance a person typed. Shares made in the page are reported to /s/ so they are counted.
 */
(function () {
    'use strict';
    var KEY = 'civitas.mastodon';

    function report(url) {
        try {
            if (navigator.sendBeacon) {
                navigator.sendBeacon(url);
            } else {
                fetch(url, {method: 'POST', credentials: 'same-origin', keepalive: true});
            }
        } catch (e) { /* counting is best effort */ }
    }

    function remembered() {
        try { return window.localStorage.getItem(KEY) || ''; } catch (e) { return ''; }
    }

    function remember(instance) {
        try { window.localStorage.setItem(KEY, instance); } catch (e) { /* private browsing */ }
    }

    document.querySelectorAll('.share').forEach(function (control) {
        var status = control.querySelector('.share-copied');

        var nativeItem = control.querySelector('.share-native');
        if (nativeItem && navigator.share) {
            nativeItem.hidden = false;
            nativeItem.querySelector('button').addEventListener('click', function () {
                navigator.share({title: control.dataset.shareTitle, url: control.dataset.shareUrl}).then(function () {
                    report(control.dataset.shareCount);
                }, function () { /* cancelled */ });
            });
        }

        var copy = control.querySelector('.share-copy');
        if (copy && navigator.clipboard && window.isSecureContext) {
            copy.addEventListener('click', function (event) {
                event.preventDefault();
                navigator.clipboard.writeText(copy.dataset.copy).then(function () {
                    report(copy.getAttribute('href'));
                    if (status) { status.textContent = status.dataset.copied; }
                }, function () {
                    window.location.href = copy.getAttribute('href');
                });
            });
        }

        var form = control.querySelector('.share-mastodon');
        if (form) {
            var input = form.querySelector('.mastodon-instance');
            if (!input.value) { input.value = remembered(); }
            form.addEventListener('submit', function () {
                if (input.value.trim()) { remember(input.value.trim()); }
            });
        }
    });
})();
