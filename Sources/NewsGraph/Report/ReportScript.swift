/// The report's only script: the search and date filters, opening evidence when a mark
/// is followed, and opening all evidence for printing. It reads its data from the JSON
/// block `#ng-index` and never builds code or markup from strings.
enum ReportScript {
    static let source = """
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("ng-index").textContent);
          var form = document.getElementById("ng-filter");
          var q = document.getElementById("ng-q"), from = document.getElementById("ng-from"),
              to = document.getElementById("ng-to"), unknown = document.getElementById("ng-unknown"),
              count = document.getElementById("ng-count");
          form.hidden = false;
          function datesMatch(item, f, t) {
            if (!f && !t) return true;
            for (var i = 0; i < item.r.length; i++) {
              if ((!f || item.r[i][1] >= f) && (!t || item.r[i][0] <= t)) return true;
            }
            return item.u && unknown.checked;
          }
          function apply() {
            var text = q.value.trim().toLowerCase(), f = from.value, t = to.value, shown = 0;
            for (var i = 0; i < data.length; i++) {
              var item = data[i], el = document.getElementById(item.id);
              if (!el) continue;
              var ok = (!text || item.t.indexOf(text) >= 0) && datesMatch(item, f, t);
              el.hidden = !ok;
              if (ok) shown++;
            }
            count.textContent = "显示 " + shown + " / " + data.length;
          }
          [q, from, to, unknown].forEach(function (el) { el.addEventListener("input", apply); el.addEventListener("change", apply); });
          document.getElementById("ng-reset").addEventListener("click", function () {
            q.value = ""; from.value = ""; to.value = ""; unknown.checked = true; apply();
          });
          function reveal(id) {
            var el = id ? document.getElementById(id) : null;
            for (var p = el; p; p = p.parentElement) {
              if (p.tagName === "DETAILS") p.open = true;
              if (p.hidden) p.hidden = false;
            }
          }
          function fromHash() { try { reveal(decodeURIComponent(location.hash.slice(1))); } catch (e) {} }
          document.addEventListener("click", function (e) {
            var a = e.target && e.target.closest ? e.target.closest("a") : null;
            var href = a ? a.getAttribute("href") : null;
            if (href && href.charAt(0) === "#") reveal(href.slice(1));
          });
          window.addEventListener("hashchange", fromHash);
          var closed = [];
          window.addEventListener("beforeprint", function () {
            closed = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
            closed.forEach(function (d) { d.open = true; });
          });
          window.addEventListener("afterprint", function () { closed.forEach(function (d) { d.open = false; }); closed = []; });
          // A filter can be given in the address: report.html?q=NAME&from=2024-01-01&to=2024-12-31&unknown=0
          var params = new URLSearchParams(location.search);
          if (params.has("q")) q.value = params.get("q");
          if (params.has("from")) from.value = params.get("from");
          if (params.has("to")) to.value = params.get("to");
          if (params.get("unknown") === "0") unknown.checked = false;
          apply();
          fromHash();
        })();
        """
}
