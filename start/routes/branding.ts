/*
|--------------------------------------------------------------------------
| Branding
|--------------------------------------------------------------------------
| The agency's logo (PORTAL_LOGO): public, as the login card and the mails
| show it before anyone logs in. The theme colour reaches the pages through
| the root view (resources/views/inertia_layout.edge), the mails through the
| edge global `brand` (providers/portal_provider.ts).
*/
import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'

router.get('/branding/logo', [controllers.Branding, 'logo']).as('branding.logo')
