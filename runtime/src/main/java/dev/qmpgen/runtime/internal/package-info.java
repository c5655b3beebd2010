/**
 * Helpers that generated bindings and the runtime call: reading members, matching names, collecting
 * unknown members. Not API: public only because generated code lives in the user's packages;
 * anything here may change in any release without notice.
 */
package dev.qmpgen.runtime.internal;
