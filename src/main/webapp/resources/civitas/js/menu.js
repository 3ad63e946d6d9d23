/*
 * Civitas main menu on a phone: folded behind a "Menu" button so that the page starts near the top of the screen.
 * Without this script the menu is simply shown in full (nothing is out of reach); with it, the button opens and
 * closes it and says whether it is open (aria-expanded). Wide screens never fold it (civitas.css). Sections marked
 * fold-on-phone (details elements: the list's filters) open by themselves on a wide screen.
 */
(function () {
    'use strict';
    if (window.matchMedia && window.matchMedia('(min-width: 48rem)').matches) {
        Array.prototype.forEach.call(document.querySelectorAll('details.fold-on-phone'), function (details) {
            details.open = true;
        });
    }
    var button = document.querySelector('.menu-toggle');
    var nav = document.getElementById('main-nav');
    if (!button || !nav) {
        return;
    }
    document.documentElement.classList.add('js-menu');
    button.hidden = false;
    button.addEventListener('click', function () {
        var open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        nav.classList.toggle('nav-open', open);
    });
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && nav.classList.contains('nav-open')) {
            button.setAttribute('aria-expanded', 'false');
            nav.classList.remove('nav-open');
            button.focus();
        }
    });
}());
