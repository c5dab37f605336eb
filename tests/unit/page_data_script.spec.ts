import { test } from '@japa/runner'
import { escapePageData, inertiaRootElement } from '#services/page_data_script'

test.group('Page data in HTML', () => {
  const nasty = 'Drucker <!--<script> kaputt </script> & ]]> \u2028\u2029 /'

  test('no <, >, & or line/paragraph separator survives, and JSON.parse gives back the same text', ({
    assert,
  }) => {
    const json = escapePageData({ props: { subject: nasty } })
    assert.notMatch(json, /[<>&\u2028\u2029]/)
    assert.equal(JSON.parse(json).props.subject, nasty)
  })

  test('the root element keeps the shape the client expects', ({ assert }) => {
    const html = inertiaRootElement({
      component: 'errors/not_found',
      url: '/nope-<!--<script>',
    } as never)
    assert.match(
      html,
      /^<script data-page="app" type="application\/json">\{.*\}<\/script><div id="app"><\/div>$/
    )
    // Exactly one closing tag: the one that ends the element.
    assert.equal(html.split('</script>').length, 2)
  })
})
