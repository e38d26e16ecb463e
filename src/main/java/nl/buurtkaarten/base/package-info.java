/**
 * What every feature builds on: settings, user-facing errors, the live picture of a meeting, PDF text,
 * logging and the building blocks of screens (translations, messages, the screen pool). An open module:
 * every feature may use all of it, and it uses no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.buurtkaarten.base;

import org.springframework.modulith.ApplicationModule;
