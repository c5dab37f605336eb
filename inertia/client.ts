import { registry } from '@generated/registry'
import { createTuyau } from '@tuyau/core/client'

/** Routes by name, from the registry generated out of start/routes.ts. */
export const client = createTuyau({ baseUrl: '/', registry })
export const urlFor = client.urlFor
