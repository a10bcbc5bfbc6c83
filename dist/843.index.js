const id=843,ids=[843],modules={62843:(module=>{module.exports=eval("require")("monocart-coverage-reports")})};export{id,ids,modules};
