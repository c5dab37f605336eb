import PageNotFoundException from '#exceptions/page_not_found_exception'

/** The catch-all route (start/routes.ts): every address nobody serves is the portal's 404 page. */
export default class NotFoundController {
  show() {
    throw new PageNotFoundException('no route for this address')
  }
}
