/*
| The installable app: web app manifest (public, no login).
*/
