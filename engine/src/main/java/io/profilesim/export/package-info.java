/**
 * The S3 export of job results, to a local folder standing for S3: key naming, safe mapping of keys
 * to paths, atomic writing. Implementation, not API: types are public only for the other profilesim
 * packages.
 */
package io.profilesim.export;
