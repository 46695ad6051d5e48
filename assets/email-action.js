// The pages behind the links in Portcullis emails. Opening a link changes nothing by itself (mail
// scanners open links too): the user presses the button, which sends the matching mutation.
(function () {
  "use strict";
  var actions = {
    "/verify-email": {
      title: "Confirm your email address",
      intro: "Press the button to confirm your email address.",
      button: "Confirm my email address",
      query: "mutation($t: String!) { verifyEmail(token: $t) { email } }",
      done: function (d) { return "Thank you: " + d.verifyEmail.email + " is confirmed."; }
    },
    "/reset-password": {
      title: "Choose a new password",
      intro: "Choose a new password. Every device signed in to your account will be signed out.",
      button: "Set the new password",
      password: true,
      query: "mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }",
      done: function () { return "Your password was changed. You can sign in with it now."; }
    },
    "/confirm-email-change": {
      title: "Confirm your new email address",
      intro: "Press the button to make this address the one of your account.",
      button: "Confirm the new address",
      query: "mutation($t: String!) { confirmEmailChange(token: $t) { email } }",
      done: function (d) { return "Done: your account's address is now " + d.confirmEmailChange.email + "."; }
    }
  };
  var path = window.location.pathname.replace(/\/+$/, "");
  var action = actions[path.slice(path.lastIndexOf("/"))];
  var token = new URLSearchParams(window.location.search).get("token") || "";
  var $ = function (id) { return document.getElementById(id); };
  var result = $("result");
  function show(text, ok) { result.textContent = text; result.className = ok ? "ok" : "err"; }
  if (!action) { show("Unknown page.", false); $("form").hidden = true; return; }
  document.title = action.title;
  $("title").textContent = action.title;
  $("intro").textContent = action.intro;
  $("submit").textContent = action.button;
  $("password-fields").hidden = !action.password;
  if (!token) { show("This link is incomplete: open the whole link from the email.", false); $("form").hidden = true; return; }
  var messages = {
    INVALID_TOKEN: "This link has expired or was already used. Ask for a new email.",
    BAD_USER_INPUT: null,
    CONFLICT: "That email address now belongs to another account.",
    RATE_LIMITED: "Too many attempts: wait a little and try again."
  };
  $("form").addEventListener("submit", function (e) {
    e.preventDefault();
    var variables = { t: token };
    if (action.password) {
      if ($("password").value !== $("password2").value) { show("The two passwords differ.", false); return; }
      variables.p = $("password").value;
    }
    $("submit").disabled = true;
    fetch("graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "accept": "application/json" },
      body: JSON.stringify({ query: action.query, variables: variables })
    }).then(function (r) { return r.json(); }).then(function (body) {
      if (body.errors && body.errors.length) {
        var err = body.errors[0], code = err.extensions && err.extensions.code;
        show(messages[code] || err.message || "Something went wrong.", false);
        $("submit").disabled = code === "INVALID_TOKEN";
        return;
      }
      show(action.done(body.data), true);
      $("form").hidden = true;
    }).catch(function () {
      show("The server could not be reached. Try again.", false);
      $("submit").disabled = false;
    });
  });
})();
