import { hooks } from '@adonisjs/core/app'

/**
 * Writes .adonisjs/server/plugin_pages.d.ts: every plugin's Vue page
 * (plugins/<id>/inertia/pages/<page>.vue, rendered as "<id>/<page>") in
 * Inertia's page types, next to the core's pages that @adonisjs/inertia's
 * indexPages() lists. So `ctx.inertia.render('notes/show', props)` checks the
 * props against the page's defineProps, for plugins as for the core. Runs with
 * the other generators (`node ace codegen`, the dev server, the build); the
 * file is committed like theirs.
 */
export default hooks.init((_parent, _hooks, indexGenerator) => {
  indexGenerator.add('pluginPages', {
    source: 'plugins',
    glob: ['**/inertia/pages/**/*.vue'],
    output: '.adonisjs/server/plugin_pages.d.ts',
    as(vfs, buffer, _config, helpers) {
      buffer.writeLine(`import '@adonisjs/inertia/types'`)
      buffer.writeLine(
        `import type { VNodeProps, AllowedComponentProps, ComponentInstance } from 'vue'`
      )
      buffer.writeLine(
        `type ExtractProps<T> = Omit<ComponentInstance<T>['$props'], keyof VNodeProps | keyof AllowedComponentProps>`
      )
      buffer.write(`declare module '@adonisjs/inertia/types' {`).indent()
      buffer.write(`export interface InertiaPages {`).indent()
      for (const [key, file] of Object.entries(vfs.asList())) {
        const page = key.replace('/inertia/pages/', '/')
        buffer.write(
          `'${page}': ExtractProps<(typeof import('${helpers.toImportPath(file)}'))['default']>`
        )
      }
      buffer.dedent().write(`}`)
      buffer.dedent().write(`}`)
    },
  })
})
