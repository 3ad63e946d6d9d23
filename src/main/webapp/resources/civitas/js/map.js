/*
 * Civitas maps (Leaflet, served by the portal). Every map is an addition: without this script the pages say the same
 * in text and links (the address, the list of the same proposals, a link to OpenStreetMap), and the proposal form
 * looks the typed address up when it is saved. Three kinds, chosen by data-map:
 *   show   - a proposal's place;
 *   browse - the list's proposals, grouped by the portal (/api/proposals/map) for the area shown, same filters;
 *   pin    - the proposal form: click or drag to put the pin, address suggestions as one types (the portal asks the
 *            national address base), and the district that holds the pin proposed.
 */
(function () {
    'use strict';

    function center(el) {
        var parts = (el.dataset.center || '47.2378,6.0241').split(',');
        return [parseFloat(parts[0]), parseFloat(parts[1])];
    }

    function base(el, options) {
        el.hidden = false;
        var map = L.map(el, options || {});
        L.tileLayer(el.dataset.tiles, {maxZoom: 19}).addTo(map);
        map.attributionControl.setPrefix(false);
        var credit = document.createElement('a');
        credit.href = el.dataset.attributionUrl;
        credit.textContent = el.dataset.attribution;
        map.attributionControl.addAttribution(credit.outerHTML);
        return map;
    }

    function json(url, signal) {
        return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}, signal: signal})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                return response.json();
            });
    }

    function show(el) {
        var point = [parseFloat(el.dataset.lat), parseFloat(el.dataset.lon)];
        var map = base(el, {scrollWheelZoom: false});
        map.setView(point, 17);
        L.marker(point, {title: el.dataset.labelPin, alt: el.dataset.labelPin, keyboard: false}).addTo(map);
    }

    function browse(el) {
        var map = base(el);
        var layer = L.layerGroup().addTo(map);
        var pending = null;
        map.setView(center(el), parseInt(el.dataset.zoom, 10) || 13);

        function load() {
            if (pending) {
                pending.abort();
            }
            pending = new AbortController();
            var b = map.getBounds();
            var box = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (n) {
                return Math.max(-180, Math.min(180, n)).toFixed(5);
            });
            box[1] = Math.max(-90, parseFloat(box[1])).toFixed(5);
            box[3] = Math.min(90, parseFloat(box[3])).toFixed(5);
            var api = el.dataset.api;
            var url = api + (api.indexOf('?') < 0 ? '?' : '&') + 'bbox=' + box.join(',') + '&zoom=' + map.getZoom();
            json(url, pending.signal).then(function (answer) {
                layer.clearLayers();
                el.dataset.total = answer.total;
                answer.cells.forEach(function (cell) {
                    var point = [cell.latitude, cell.longitude];
                    if (cell.count > 1 || !cell.path) {
                        var label = (el.dataset.labelGroup || '{0}').replace('{0}', cell.count);
                        var icon = L.divIcon({className: 'map-group', iconSize: [38, 38],
                            html: '<span>' + Number(cell.count) + '</span>'});
                        L.marker(point, {icon: icon, title: label, alt: label}).addTo(layer).on('click', function () {
                            map.setView(point, Math.min(map.getZoom() + 2, 19));
                        });
                    } else {
                        var link = document.createElement('a');
                        link.href = el.dataset.api.replace(/\/api\/proposals\/map.*$/, '') + cell.path;
                        link.textContent = cell.title;
                        L.marker(point, {title: cell.title, alt: cell.title}).addTo(layer).bindPopup(link);
                    }
                });
            }).catch(function () { /* the list below the map says the same */ });
        }

        map.on('moveend', load);
        load();
    }

    function pin(el) {
        var api = el.dataset.api;
        var label = document.getElementById('placeLabel');
        var latitude = document.getElementById('latitude');
        var longitude = document.getElementById('longitude');
        var pinned = document.getElementById('pinnedLabel');
        var district = document.getElementById('districtCode');
        var suggestions = document.getElementById('placeSuggestions');
        var hint = el.parentNode.querySelector('.map-hint');
        if (hint) {
            hint.hidden = false;
        }
        var map = base(el);
        var marker = null;
        var found = {};
        var timer = null;

        function propose(lat, lon) {
            if (!district || district.value !== 'town') {
                return;
            }
            json(api + '/districts/at?lat=' + lat + '&lon=' + lon).then(function (d) {
                if (district.value === 'town' && district.querySelector('option[value="' + CSS.escape(d.code) + '"]')) {
                    district.value = d.code;
                }
            }).catch(function () { /* no district holds it */ });
        }

        function place(lat, lon, text) {
            latitude.value = lat.toFixed(6);
            longitude.value = lon.toFixed(6);
            if (marker) {
                marker.setLatLng([lat, lon]);
            } else {
                marker = L.marker([lat, lon], {draggable: true, title: el.dataset.labelPin, alt: el.dataset.labelPin})
                    .addTo(map);
                marker.on('dragend', function () {
                    var at = marker.getLatLng();
                    drop(at.lat, at.lng);
                });
            }
            if (text) {
                label.value = text;
                pinned.value = text;
            }
            propose(lat, lon);
        }

        function drop(lat, lon) {
            var fallback = lat.toFixed(5) + ', ' + lon.toFixed(5);
            place(lat, lon, fallback);
            json(api + '/places/reverse?lat=' + lat.toFixed(6) + '&lon=' + lon.toFixed(6)).then(function (a) {
                if (label.value === fallback) {
                    label.value = a.label;
                    pinned.value = a.label;
                }
            }).catch(function () { /* the coordinates stand for the address */ });
        }

        if (latitude.value && longitude.value) {
            var at = [parseFloat(latitude.value), parseFloat(longitude.value)];
            map.setView(at, 17);
            place(at[0], at[1], null);
        } else {
            map.setView(center(el), parseInt(el.dataset.zoom, 10) || 13);
        }
        map.on('click', function (e) {
            drop(e.latlng.lat, e.latlng.lng);
        });

        label.setAttribute('list', suggestions.id);
        label.addEventListener('input', function () {
            var typed = label.value.trim();
            if (found[typed]) {
                var a = found[typed];
                place(a.latitude, a.longitude, a.label);
                map.setView([a.latitude, a.longitude], 17);
                return;
            }
            clearTimeout(timer);
            if (typed.length < 3) {
                return;
            }
            timer = setTimeout(function () {
                json(api + '/places/search?q=' + encodeURIComponent(typed)).then(function (addresses) {
                    suggestions.textContent = '';
                    found = {};
                    addresses.forEach(function (a) {
                        found[a.label] = a;
                        var option = document.createElement('option');
                        option.value = a.label;
                        suggestions.appendChild(option);
                    });
                }).catch(function () { /* the address is looked up when the form is saved */ });
            }, 350);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (typeof L === 'undefined') {
            return;
        }
        document.querySelectorAll('[data-map]').forEach(function (el) {
            try {
                ({show: show, browse: browse, pin: pin})[el.dataset.map](el);
            } catch (e) {
                el.hidden = true;
            }
        });
    });
}());
