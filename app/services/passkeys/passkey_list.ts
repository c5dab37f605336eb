import Passkey from '#models/passkey'

export type PasskeySummary = {
  id: number
  name: string
  createdAt: string
  lastUsedAt: string | null
  /** synced between the person's devices (iCloud Keychain, Google Password Manager) */
  synced: boolean
}

/** One user's passkeys, oldest first, as the account page and the console show them. */
export default class PasskeyList {
  static async of(userId: number): Promise<PasskeySummary[]> {
    const passkeys = await Passkey.query().where('user_id', userId).orderBy('id', 'asc')
    return passkeys.map((passkey) => ({
      id: passkey.id,
      name: passkey.name,
      createdAt: passkey.createdAt.toISO()!,
      lastUsedAt: passkey.lastUsedAt?.toISO() ?? null,
      synced: passkey.deviceType === 'multiDevice',
    }))
  }

  static async has(userId: number) {
    return (await Passkey.query().where('user_id', userId).select('id').first()) !== null
  }
}
